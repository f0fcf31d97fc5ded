package extract_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhmetrics/zhmetrics/extract"
	"github.com/zhmetrics/zhmetrics/pipeline"
)

// Numbers and units as people write them (scan.go, numbers.go, units.tsv):
// one table per kind of expression, each example written for it.

func runTable(t *testing.T, tests []struct {
	sentence string
	want     []want
}) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.sentence, func(t *testing.T) { check(t, tt.sentence, tt.want) })
	}
}

type table = []struct {
	sentence string
	want     []want
}

// Two digits side by side where one stands are a rough range; each end is the
// number written with one of them.
func TestRoughRanges(t *testing.T) {
	runTable(t, table{
		{"这条街一年能卖出十七八万双鞋", []want{{Surface: "十七八万双", Low: 170000, High: 180000, Unit: "双"}}},
		{"开车三五百公里不成问题", []want{{Surface: "三五百公里", Low: 300, High: 500, Unit: "公里"}}},
		{"仓库里堆着六百七八十吨玉米", []want{{Surface: "六百七八十吨", Low: 670, High: 680, Unit: "吨"}}},
		{"门口排了二三十个。", []want{{Surface: "二三十个", Low: 20, High: 30, Unit: "个"}}},
		{"一件外套要四十五六欧元", []want{{Surface: "四十五六欧元", Low: 45, High: 46, Unit: "欧元"}}},
		{"修车花了七百三四十元", []want{{Surface: "七百三四十元", Low: 730, High: 740, Unit: "元"}}},
		{"损失约八九亿韩元", []want{{Surface: "八九亿韩元", Low: 8e8, High: 9e8, Unit: "韩元", Qualifier: "approx"}}},
		{"孩子们大都十二三岁", []want{{Surface: "十二三岁", Low: 12, High: 13, Unit: "岁"}}},
		{"二〇一九年的事", nil},
	})
}

// The scale and unit written after the second end of a range belong to both.
func TestRangeScaleCarried(t *testing.T) {
	runTable(t, table{
		{"每套售价一百三十到一百六十万元", []want{{Surface: "一百三十到一百六十万元", Low: 1.3e6, High: 1.6e6, Unit: "元"}}},
		{"年销售额六千到八千亿元", []want{{Surface: "六千到八千亿元", Low: 6e11, High: 8e11, Unit: "元"}}},
		{"学费十五至二十五万日元", []want{{Surface: "十五至二十五万日元", Low: 1.5e5, High: 2.5e5, Unit: "日元"}}},
		{"单笔奖励3万(含)-9万元", []want{{Surface: "3万(含)-9万元", Low: 3e4, High: 9e4, Unit: "元"}}},
		{"预计吸引40—60万人", []want{{Surface: "40—60万人", Low: 4e5, High: 6e5, Unit: "人"}}},
		{"月薪从9000到2万港元", []want{{Surface: "9000到2万港元", Low: 9000, High: 20000, Unit: "港元"}}},
		{"票价两~4百日元", []want{{Surface: "两~4百日元", Low: 200, High: 400, Unit: "日元"}}},
		{"押金2万元--6万元", []want{{Surface: "2万元--6万元", Low: 2e4, High: 6e4, Unit: "元"}}},
		{"房租十二至二十万日元", []want{{Surface: "十二至二十万日元", Low: 1.2e5, High: 2e5, Unit: "日元"}}},
		{"补助三到五仟澳元", []want{{Surface: "三到五仟澳元", Low: 3000, High: 5000, Unit: "澳元"}}},
		{"规模七到九百亿元", []want{{Surface: "七到九百亿元", Low: 7e10, High: 9e10, Unit: "元"}}},
		{"打车四块到六块", []want{{Surface: "四块到六块", Low: 4, High: 6, Unit: "元"}}},
	})
}

// Money as it is spoken and written: subunits, one more digit for the next
// place, 块 as money, 个 before 亿.
func TestSpokenMoney(t *testing.T) {
	runTable(t, table{
		// A compound duration is one figure, in its first unit.
		{"用时一个小时三十分钟", []want{{Surface: "一个小时三十分钟", Value: 1.5, Unit: "个小时"}}},
		{"用时1小时30分钟", []want{{Surface: "1小时30分钟", Value: 1.5, Unit: "小时"}}},
		{"用时五分钟三十秒", []want{{Surface: "五分钟三十秒", Value: 5.5, Unit: "分钟"}}},
		{"刑期十二年零三个月", []want{{Surface: "十二年零三个月", Value: 12.25, Unit: "年"}}},
		// Arabic digits and a bare 块 where an amount ends are money only
		// where the clause speaks of money; else 块 counts (screens, plots).
		{"花了300块。", []want{{Surface: "300块", Value: 300, Unit: "元"}}},
		{"净增银幕数2312块，", []want{{Surface: "2312块", Value: 2312, Unit: "块"}}},
		{"一杯豆浆六块五毛", []want{{Surface: "六块五毛", Value: 6.5, Unit: "元"}}},
		{"邮费7元4角8分", []want{{Surface: "7元4角8分", Value: 7.48, Unit: "元"}}},
		{"只找回五毛。", []want{{Surface: "五毛", Value: 0.5, Unit: "元"}}},
		{"一颗糖两角", []want{{Surface: "两角", Value: 0.2, Unit: "元"}}},
		{"一斤白菜两毛五", []want{{Surface: "一斤", Value: 1, Unit: "斤"}, {Surface: "两毛五", Value: 0.25, Unit: "元"}}},
		{"一碗面十二块五", []want{{Surface: "十二块五", Value: 12.5, Unit: "元"}}},
		{"车费四块零六", []want{{Surface: "四块零六", Value: 4.06, Unit: "元"}}},
		{"这双鞋三百二十块钱", []want{{Surface: "三百二十块钱", Value: 320, Unit: "元"}}},
		{"花了八十六块三角二分钱", []want{{Surface: "八十六块三角二分钱", Value: 86.32, Unit: "元"}}},
		{"总价伍佰陆拾万圆整", []want{{Surface: "伍佰陆拾万圆整", Value: 5.6e6, Unit: "元"}}},
		{"对方开价三个亿卢布", []want{{Surface: "三个亿卢布", Value: 3e8, Unit: "卢布"}}},
		{"门票涨到9块。", []want{{Surface: "9块", Value: 9, Unit: "元"}}},
		{"开发商拍下3块土地", []want{{Surface: "3块", Value: 3, Unit: "块"}}},
		{"这个手机壳大概四五十块", []want{{Surface: "四五十块", Low: 40, High: 50, Unit: "元"}}},
		{"他身高一米七", []want{{Surface: "一米七", Value: 1.7, Unit: "米"}}},
		{"这次的把握是百分百", []want{{Surface: "百分百", Value: 100, Unit: "%"}}},
		{"支持率百分四十", []want{{Surface: "百分四十", Value: 40, Unit: "%"}}},
		{"猪肉一斤二两", []want{{Surface: "一斤二两", Value: 1.2, Unit: "斤"}}},
	})
}

// A currency named before the number (word or sign, with or without spaces).
func TestCurrencyBefore(t *testing.T) {
	runTable(t, table{
		{"注册资本人民币3.6亿元", []want{{Surface: "3.6亿元", Value: 3.6e8, Unit: "元"}}},
		{"车费港币45", []want{{Surface: "港币45", Value: 45, Unit: "港元"}}},
		{"售价US$ 19", []want{{Surface: "US$ 19", Value: 19, Unit: "美元"}}},
		{"营收新台币 322 亿元", []want{{Surface: "322 亿元", Value: 3.22e10, Unit: "新台币"}}},
		{"奖金港币三千五百元", []want{{Surface: "三千五百元", Value: 3500, Unit: "港元"}}},
		{"报价$30-45", []want{{Surface: "$30-45", Low: 30, High: 45, Unit: "美元"}}},
		{"价格是HKD13.5", []want{{Surface: "HKD13.5", Value: 13.5, Unit: "港元"}}},
		{"价格是A$13.5", []want{{Surface: "A$13.5", Value: 13.5, Unit: "澳元"}}},
		{"门票₩15000", []want{{Surface: "₩15000", Value: 15000, Unit: "韩元"}}},
	})
}

// Units of Chinese news, ASCII symbols where they cannot be an identifier,
// speeds, products and rates.
func TestNewsUnits(t *testing.T) {
	runTable(t, table{
		{"一晚房费2400泰铢", []want{{Surface: "2400泰铢", Value: 2400, Unit: "泰铢"}}},
		{"月薪5万卢比", []want{{Surface: "5万卢比", Value: 5e4, Unit: "卢比"}}},
		{"高度为300公尺", []want{{Surface: "300公尺", Value: 300, Unit: "公尺"}}},
		{"翼展36英尺", []want{{Surface: "36英尺", Value: 36, Unit: "英尺", Base: 36 * 0.3048}}},
		{"屏幕6.5英寸", []want{{Surface: "6.5英寸", Value: 6.5, Unit: "英寸"}}},
		{"全书约28万字", []want{{Surface: "28万字", Value: 2.8e5, Unit: "字", Qualifier: "approx"}}},
		{"航程800英里", []want{{Surface: "800英里", Value: 800, Unit: "英里"}}},
		{"水深18m", []want{{Surface: "18m", Value: 18, Unit: "米"}}},
		{"面积65m²", []want{{Surface: "65m²", Value: 65, Unit: "平方米"}}},
		{"每片含250mg", []want{{Surface: "250mg", Value: 250, Unit: "毫克"}}},
		{"延迟仅8ms", []want{{Surface: "8ms", Value: 8, Unit: "毫秒"}}},
		{"内存16GB", []want{{Surface: "16GB", Value: 16, Unit: "吉字节"}}},
		{"火车每小时120公里", []want{{Surface: "120公里", Value: 120, Unit: "公里/小时"}}},
		{"限速60km/h", []want{{Surface: "60km/h", Value: 60, Unit: "公里/小时"}}},
		{"货物周转量8 812.3亿t·km", []want{{Surface: "8 812.3亿t·km", Value: 8.8123e11, Unit: "吨公里"}}},
		{"路网密度52.1 km/百km2", []want{{Surface: "52.1 km/百km2", Value: 52.1, Unit: "公里/百平方公里"}}},
		{"打八折", []want{{Surface: "八折", Value: 80, Unit: "%"}}},
		{"全场65折", []want{{Surface: "65折", Value: 65, Unit: "%"}}},
		{"会员价三八折", []want{{Surface: "三八折", Value: 38, Unit: "%"}}},
		{"打七八折", []want{{Surface: "七八折", Low: 70, High: 80, Unit: "%"}}},
		{"高5米三楼", []want{{Surface: "5米", Value: 5, Unit: "米"}}},
		{"房间一角有人", nil},
		{"约1/3的用户", []want{{Surface: "1/3", Value: 100.0 / 3, Unit: "%", Qualifier: "approx"}}},
		{"2023/5/6", nil},
		{"每次服用1/4kg", []want{{Surface: "1/4kg", Value: 0.25, Unit: "千克"}}},
		{"指数比上月上升0.27点", []want{{Surface: "0.27点", Value: 0.27, Unit: "点"}}},
		{"晚上8点见", nil},
		{"沪指失守3100点", []want{{Surface: "3100点", Value: 3100, Unit: "点"}}},
		{"凌晨24点关闭", nil},
		{"股价一度跌破发行价", nil},
		{"成交额盘中一度放大", nil},
		{"他弯腰拾起石子", nil},
		{"节约一度电", []want{{Surface: "一度", Value: 1, Unit: "度"}}},
		{"推出新车型12款", []want{{Surface: "12款", Value: 12, Unit: "款"}}},
		{"查处违法案件37起", []want{{Surface: "37起", Value: 37, Unit: "起"}}},
		{"新开课程45门", []want{{Surface: "45门", Value: 45, Unit: "门"}}},
		{"运送旅客1.2万车次", []want{{Surface: "1.2万车次", Value: 1.2e4, Unit: "车次"}}},
		{"一张邮票五仙", []want{{Surface: "五仙", Value: 0.05, Unit: "元"}}},
		{"密度12.4 km /万km2", []want{{Surface: "12.4 km /万km2", Value: 12.4, Unit: "公里/万平方公里"}}},
		{"5G基站", nil},
		{"用时12min", nil},
	})
}

// Numerals of Taiwan and Hong Kong texts (after pipeline.Simplify).
func TestTaiwanHongKongNumerals(t *testing.T) {
	runTable(t, table{
		{"全年营收二○七一点五亿元", []want{{Surface: "二○七一点五亿元", Value: 2.0715e11, Unit: "元"}}},
		{"出口额一〇五点三亿美元", []want{{Surface: "一〇五点三亿美元", Value: 1.053e10, Unit: "美元"}}},
		{"共廿五人受伤", []want{{Surface: "廿五人", Value: 25, Unit: "人"}}},
		{"历时卅六小时", []want{{Surface: "卅六小时", Value: 36, Unit: "小时"}}},
		{"增长率为负百分之二点四", []want{{Surface: "负百分之二点四", Value: -2.4, Unit: "%"}}},
		{"气温介于摄氏18至24度", []want{{Surface: "18至24度", Low: 18, High: 24, Unit: "摄氏度"}}},
		{"今天最高气温32度", []want{{Surface: "32度", Value: 32, Unit: "摄氏度"}}},
		{"华氏温度86度", []want{{Surface: "86度", Value: 86, Unit: "华氏度"}}},
		{"每户月均用电120度", []want{{Surface: "120度", Value: 120, Unit: "度"}}},
		{"气温−5℃", []want{{Surface: "−5℃", Value: -5, Unit: "摄氏度"}}},
		{"计6万2,350人次", []want{{Surface: "6万2,350人次", Value: 62350, Unit: "人次"}}},
	})
}

// Not figures: calendar years however written, periods counted back, clock times.
func TestNotFiguresOfTime(t *testing.T) {
	runTable(t, table{
		{"110年底本市列管工厂计1,250家", []want{{Surface: "1,250家", Value: 1250, Unit: "家"}}},
		{"与108年比较增加2.1倍", []want{{Surface: "2.1倍", Value: 2.1, Unit: "倍"}}},
		{"111年1至6月受理案件计812件", []want{{Surface: "812件", Value: 812, Unit: "件"}}},
		{"民国九十五年起", nil},
		{"今年(113年)营收增长", nil},
		{"101年至109年间", nil},
		{"一百零二年度预算", nil},
		{"近二十年来", nil},
		{"首7个月", nil},
		{"过去三年", nil},
		{"二〇二一年", nil},
		{"下午4点开会", nil},
		{"服务了30年", []want{{Surface: "30年", Value: 30, Unit: "年"}}},
		{"10年期国债收益率下行3个基点至2.15%", []want{{Surface: "3个基点", Value: 3, Unit: "个基点", Change: "decrease"}, {Surface: "2.15%", Value: 2.15, Unit: "%"}}},
		{"5年期以上LPR为3.95%", []want{{Surface: "3.95%", Value: 3.95, Unit: "%"}}},
		{"开展7天期逆回购操作1000亿元", []want{{Surface: "1000亿元", Value: 1e11, Unit: "元"}}},
		{"合同3年期满后续签", []want{{Surface: "3年", Value: 3, Unit: "年"}}},
		{"利率较上月下调25bp", []want{{Surface: "25bp", Value: 25, Unit: "基点", Change: "decrease"}}},
		{"中间价较上一交易日调升56个基点", []want{{Surface: "56个基点", Value: 56, Unit: "个基点", Change: "increase"}}},
		{"收益率上行5BP", []want{{Surface: "5BP", Value: 5, Unit: "基点", Change: "increase"}}},
		{"15年1月销量为3万辆", []want{{Surface: "3万辆", Value: 3e4, Unit: "辆"}}},
		{"从18年10月1日到19年2月3日", nil},
		{"07年 十二月", nil},
		{"服刑15年6个月", []want{{Surface: "15年6个月", Value: 15.5, Unit: "年"}}},
	})
}

// A number of a list takes the unit (and scale) written after the last member.
func TestListSharedUnit(t *testing.T) {
	runTable(t, table{
		{"两地产量分别为3821、2750万吨", []want{
			{Surface: "3821", Value: 3.821e7, Unit: "吨"}, {Surface: "2750万吨", Value: 2.75e7, Unit: "吨"}}},
		{"分别提高0.6个和2.4个百分点", []want{
			{Surface: "0.6个", Value: 0.6, Unit: "个百分点"}, {Surface: "2.4个百分点", Value: 2.4, Unit: "个百分点"}}},
		{"两地分别占百分之二十四点五和十一点八", []want{
			{Surface: "百分之二十四点五", Value: 24.5, Unit: "%"}, {Surface: "十一点八", Value: 11.8, Unit: "%"}}},
		{"2020、2021年", nil},
		{"7、8月", nil},
	})
}

// Signed ranges and open bounds.
func TestSignedAndOpenRanges(t *testing.T) {
	runTable(t, table{
		{"增速在-6.2%至-1.5%之间", []want{{Surface: "-6.2%至-1.5%", Low: -6.2, High: -1.5, Unit: "%"}}},
		{"利润率-2%到4%", []want{{Surface: "-2%到4%", Low: -2, High: 4, Unit: "%"}}},
		{"补贴对象为营收30万元(含)以上的企业", []want{{Surface: "30万元", Value: 3e5, Unit: "元", Qualifier: "over"}}},
		{"至少20名志愿者", []want{{Surface: "20名", Value: 20, Unit: "名", Qualifier: "over"}}},
		{"起码300元", []want{{Surface: "300元", Value: 300, Unit: "元", Qualifier: "over"}}},
		{"每户最多500元", []want{{Surface: "500元", Value: 500, Unit: "元", Qualifier: "under"}}},
		{"至多5人", []want{{Surface: "5人", Value: 5, Unit: "人", Qualifier: "under"}}},
	})
}

// Digit groups written with spaces (thin or not) in statistical tables.
func TestDigitGroupsWithSpaces(t *testing.T) {
	runTable(t, table{
		{"粮食产量6 870万吨", []want{{Surface: "6 870万吨", Value: 6.87e7, Unit: "吨"}}},
		{"全年接待游客12\u2009406人次", []want{{Surface: "12\u2009406人次", Value: 12406, Unit: "人次"}}},
		{"隧道3 115处", []want{{Surface: "3 115处", Value: 3115, Unit: "处"}}},
		{"财政收入1 208.6亿元", []want{{Surface: "1 208.6亿元", Value: 1.2086e11, Unit: "元"}}},
		{"惠及2 000多家企业", []want{{Surface: "2 000多家", Value: 2000, Unit: "家", Qualifier: "over"}}},
		{"合同金额54，310.50元", []want{{Surface: "54，310.50元", Value: 54310.5, Unit: "元"}}},
		{"余额1,204，566,001.2元", []want{{Surface: "1,204，566,001.2元", Value: 1204566001.2, Unit: "元"}}},
		// a full-width comma in a number that shows no grouping parts a list
		{"报价$15，200美元", []want{{Surface: "$15", Value: 15, Unit: "美元"}, {Surface: "200美元", Value: 200, Unit: "美元"}}},
	})
	// A row of a table without units is several numbers, none a figure.
	assert.Empty(t, extract.Extract("2019 352 418", nil))
}

// Bad input is never a wrong value: overflow, unparseable or ambiguous
// numbers are no figures.
func TestBadNumbersAreNoFigures(t *testing.T) {
	for _, s := range []string{"九九九九九九九九九九九九九九九九九九九九九九九九九九亿亿亿元", "三两个人",
		"两两相对", "10折", "十折", "12 345 678", "共2 000", "代号007", "三块五一斤"} {
		for _, f := range extract.Extract(s, tokens(t, s)) {
			t.Errorf("%q: unexpected figure %q", s, f.Surface)
		}
	}
}

// Spaces inside a number or between it and its unit, as transcripts write
// them, are read as if they were not there; the surface keeps them.
func TestSpacesInsideNumbers(t *testing.T) {
	runTable(t, table{
		{"占比百分之三 十", []want{{Surface: "百分之三 十", Value: 30, Unit: "%"}}},
		{"提高了二点 五个百分点", []want{{Surface: "二点 五个百分点", Value: 2.5, Unit: "个百分点"}}},
		{"下降八十    个百分点", []want{{Surface: "八十    个百分点", Value: 80, Unit: "个百分点"}}},
		{"有七 点 五 成", []want{{Surface: "七 点 五 成", Value: 75, Unit: "%"}}},
		{"百 分 之 四十五", []want{{Surface: "百 分 之 四十五", Value: 45, Unit: "%"}}},
		{"共 3 人", []want{{Surface: "3 人", Value: 3, Unit: "人"}}},
	})
}

// Taiwan ministry releases write Chinese numerals digit by digit, with a middle
// dot (· ‧ ・) as the decimal point; 3+ digits with no 十/百/千, or with ○, are
// positional (六二八億 = 628億), two digits side by side stay a rough range.
func TestPositionalNumeralsWithMiddleDot(t *testing.T) {
	runTable(t, table{
		{"全年進口值五二六一·八億美元", []want{{Surface: "五二六一·八億美元", Value: 5.2618e11, Unit: "美元"}}},
		{"其中電子零組件占廿四‧六%", []want{{Surface: "廿四‧六%", Value: 24.6, Unit: "%"}}},
		{"機械出口成長十六・三%", []want{{Surface: "十六・三%", Value: 16.3, Unit: "%"}}},
		{"礦產品減少四·七%", []want{{Surface: "四·七%", Value: 4.7, Unit: "%"}}},
		{"本月出超六二八億美元", []want{{Surface: "六二八億美元", Value: 6.28e10, Unit: "美元"}}},
		{"對東協出口二○四億美元", []want{{Surface: "二○四億美元", Value: 2.04e10, Unit: "美元"}}},
		{"累計出口九五六三億元", []want{{Surface: "九五六三億元", Value: 9.563e11, Unit: "元"}}},
		{"王·小明说了三五句", nil},
	})
}

// The same releases write the decimal point as a full stop, the full-width ．
// (normalisation makes it '.'): between Chinese digits it is read as 点 or a
// middle dot is, never as the end of one number and the start of another
// (七二九．二億美元 was 二億美元, 十五．八％ was 8 %). After a Chinese digit and
// before an Arabic one it stays no point (三.5元: TestLeadingPoint).
func TestPositionalNumeralsWithFullStop(t *testing.T) {
	half := func(s string) string { return pipeline.Normalize(s).Text } // what extract reads
	runTable(t, table{
		{half("外銷訂單七二九．二億美元"), []want{{Surface: "七二九.二億美元", Value: 7.292e10, Unit: "美元"}}},
		{half("年减十五．八％"), []want{{Surface: "十五.八%", Value: 15.8, Unit: "%", Change: "decrease"}}},
		{half("年增三十六．一％至三十九．八％"), []want{{Surface: "三十六.一%至三十九.八%", Low: 36.1, High: 39.8, Unit: "%", Change: "increase"}}},
		{"累計出口九五六三.四億元", []want{{Surface: "九五六三.四億元", Value: 9.5634e11, Unit: "元"}}},
		// written as the other points are: 七二九點二億, 729．2億
		{"外銷訂單七二九點二億美元", []want{{Surface: "七二九點二億美元", Value: 7.292e10, Unit: "美元"}}},
		{half("外銷訂單729．2億美元"), []want{{Surface: "729.2億美元", Value: 7.292e10, Unit: "美元"}}},
		{"三.5元", nil},
	})
}

// The capital three written 参 or 參 (also the common character of 参加,
// 人参, 參考) is 3 inside a capital amount, next to another capital numeral
// or a big scale; and no number starts in the middle of a capital amount
// after a character that was not read (拾貳點零零伍壹捌元 was 12.00518).
func TestCapitalThree(t *testing.T) {
	runTable(t, table{
		{"金额貳萬參仟貳佰參拾貳點零零伍壹捌元", []want{{Surface: "貳萬參仟貳佰參拾貳點零零伍壹捌元", Value: 23232.00518, Unit: "元"}}},
		{"金额贰万参仟贰佰参拾贰点零零伍壹捌元", []want{{Surface: "贰万参仟贰佰参拾贰点零零伍壹捌元", Value: 23232.00518, Unit: "元"}}},
		{"合计参拾元", []want{{Surface: "参拾元", Value: 30, Unit: "元"}}},
		{"合计壹佰零参元", []want{{Surface: "壹佰零参元", Value: 103, Unit: "元"}}},
		{"合计肆拾参元", []want{{Surface: "肆拾参元", Value: 43, Unit: "元"}}},
		{"合计壹万零参元", []want{{Surface: "壹万零参元", Value: 10003, Unit: "元"}}},
		{"合计参万元", []want{{Surface: "参万元", Value: 30000, Unit: "元"}}},
		// the common character
		{"参加人数三千人", []want{{Surface: "三千人", Value: 3000, Unit: "人"}}},
		{"人参价格300元", []want{{Surface: "300元", Value: 300, Unit: "元"}}},
		{"参天大树", nil},
		{"公司参股5家企业", []want{{Surface: "5家", Value: 5, Unit: "家"}}},
		{"近3万参观者", nil},
		// an unread character inside a capital amount: no tail of it is read
		{"金额贰万某仟贰佰元", nil},
		{"叁佰元伍角", []want{{Surface: "叁佰元伍角", Value: 300.5, Unit: "元"}}},
	})
}

// A capital numeral never combines with Arabic digits: 陸 (formal six) of
// 大陸 glued to 33.5% made the run 陸33.5, which parses as nothing, and the
// figure was lost; a capital multiplier after Arabic digits stays their
// scale.
func TestCapitalApartFromArabic(t *testing.T) {
	runTable(t, table{
		{"低於中國大陸33.5%(1-8月)", []want{{Surface: "33.5%", Value: 33.5, Unit: "%"}}},
		{"低于中国大陆33.5%", []want{{Surface: "33.5%", Value: 33.5, Unit: "%"}}},
		{"中国大陆3家企业", []want{{Surface: "3家", Value: 3, Unit: "家"}}},
		{"低於中國33.5%", []want{{Surface: "33.5%", Value: 33.5, Unit: "%"}}},
		{"金额5仟元", []want{{Surface: "5仟元", Value: 5000, Unit: "元"}}},
		{"金额伍仟元", []want{{Surface: "伍仟元", Value: 5000, Unit: "元"}}},
	})
}

// A capital numeral followed by a capital multiplier, a big scale or 元/圆
// is a number whatever word the segmenter made of it: after 为 it cuts 为伍
// ('to keep company with'), and the rule that drops numerals inside words
// dropped 金额为伍元; after 合计 it never did.
func TestCapitalAmountInWord(t *testing.T) {
	runTable(t, table{
		{"金额为伍元", []want{{Surface: "伍元", Value: 5, Unit: "元"}}},
		{"金额为伍仟元", []want{{Surface: "伍仟元", Value: 5000, Unit: "元"}}},
		{"总额为伍拾万元", []want{{Surface: "伍拾万元", Value: 500000, Unit: "元"}}},
		{"大写金额为伍仟元整", []want{{Surface: "伍仟元整", Value: 5000, Unit: "元"}}},
		{"合计伍仟元", []want{{Surface: "伍仟元", Value: 5000, Unit: "元"}}},
		{"不愿与之为伍", nil},
		{"请问伍仁怎么卖", nil},
	})
}

// 零下 before a temperature is its minus sign, as - is: 零下4℃ and 零下十五度
// gave +4 and +15.
func TestBelowZero(t *testing.T) {
	runTable(t, table{
		{"今天气温零下4℃", []want{{Surface: "零下4℃", Value: -4, Unit: "摄氏度"}}},
		{"最低气温零下十五度", []want{{Surface: "零下十五度", Value: -15, Unit: "摄氏度"}}},
		{"零下十五度的严寒", []want{{Surface: "零下十五度", Value: -15, Unit: "摄氏度"}}},
		{"最低气温零下四摄氏度", []want{{Surface: "零下四摄氏度", Value: -4, Unit: "摄氏度"}}},
		{"气温零下5至10℃", []want{{Surface: "零下5至10℃", Low: -5, High: 10, Unit: "摄氏度"}}},
		{"气温零下5℃至零下2℃", []want{{Surface: "零下5℃", Value: -5, Unit: "摄氏度"}, {Surface: "零下2℃", Value: -2, Unit: "摄氏度"}}},
		{"今天气温-4℃", []want{{Surface: "-4℃", Value: -4, Unit: "摄氏度"}}},
		{"今天气温4℃", []want{{Surface: "4℃", Value: 4, Unit: "摄氏度"}}},
	})
}

// One digit after 成 (tenths) is the next place, in percent: 一成四 is 14 %
// (it gave 10 %), unless the digit starts something else.
func TestTenthsNextPlace(t *testing.T) {
	runTable(t, table{
		{"蔬菜大涨一成四", []want{{Surface: "一成四", Value: 14, Unit: "%", Change: "increase"}}},
		{"水果大跌二成三", []want{{Surface: "二成三", Value: 23, Unit: "%", Change: "decrease"}}},
		{"增长七成六", []want{{Surface: "七成六", Value: 76, Unit: "%"}}},
		{"有七成六的人支持", []want{{Surface: "七成六", Value: 76, Unit: "%"}}},
		{"有七成六民众支持", []want{{Surface: "七成六", Value: 76, Unit: "%"}}},
		{"销量增长三成", []want{{Surface: "三成", Value: 30, Unit: "%"}}},
		// the digit starts a word, a number with its unit, or more digits
		{"约三成五年内完成", []want{{Surface: "三成", Value: 30, Unit: "%"}}},
		{"三成一线城市房价上涨", []want{{Surface: "三成", Value: 30, Unit: "%"}}},
		{"三成五人参加", []want{{Surface: "三成", Value: 30, Unit: "%"}}},
		{"三成二十", []want{{Surface: "三成", Value: 30, Unit: "%"}}},
	})
}

// ROC years in Chinese numerals, written digit by digit, are years, not figures.
func TestROCYearsInChineseNumerals(t *testing.T) {
	runTable(t, table{
		{"一一二年全年出口衰退", nil},
		{"一○九年十月份", nil},
		{"較一一一年同期增加八·二%", []want{{Surface: "八·二%", Value: 8.2, Unit: "%"}}},
	})
}

// A scale before a unit of two parts (万千伏安, 亿千瓦时) keeps the whole unit.
func TestScaleBeforeCompoundUnit(t *testing.T) {
	runTable(t, table{
		{"变电容量达1536.4万千伏安", []want{{Surface: "1536.4万千伏安", Value: 1.5364e7, Unit: "千伏安"}}},
		{"储能规模3.6万兆瓦时", []want{{Surface: "3.6万兆瓦时", Value: 3.6e4, Unit: "兆瓦时"}}},
		{"风电装机4.1亿千瓦", []want{{Surface: "4.1亿千瓦", Value: 4.1e8, Unit: "千瓦"}}},
		{"新建500千伏线路", []want{{Surface: "500千伏", Value: 500, Unit: "千伏"}}},
		{"年发电量12.5TWh", []want{{Surface: "12.5TWh", Value: 12.5, Unit: "太瓦时"}}},
		{"主变容量2×240MVA", []want{{Surface: "240MVA", Value: 240, Unit: "兆伏安"}}},
		{"入伏后三伏天持续", nil},
	})
}

// An amount written with a large scale and no unit is money when a money noun
// governs it, in the unit the document declared with 下同, else 元; in the
// unit a noun of its unit names (人次, 人口 → 人); after any other noun it is
// no figure (a wrong unit is worse than none).
func TestBareScaleAmounts(t *testing.T) {
	runTable(t, table{
		{"该集团去年营业额达到365.2亿", []want{{Surface: "365.2亿", Value: 365.2e8, Unit: "元"}}},
		{"全年销售额首次突破3万亿大关、达3.4万亿", []want{
			{Surface: "3万亿", Value: 3e12, Unit: "元", Qualifier: "over"},
			{Surface: "3.4万亿", Value: 3.4e12, Unit: "元"}}},
		{"平台总市值约2.1兆", []want{{Surface: "2.1兆", Value: 2.1e12, Unit: "元", Qualifier: "approx"}}},
		{"全省常住人口1.27亿", []want{{Surface: "1.27亿", Value: 1.27e8, Unit: "人"}}},
		{"城市院线观影人次为12.99亿", []want{{Surface: "12.99亿", Value: 12.99e8, Unit: "人次"}}},
		{"网络直播用户规模达6.17亿", []want{{Surface: "6.17亿", Value: 6.17e8, Unit: "人"}}},
		{"新用户订单数已超过1亿", []want{{Surface: "1亿", Value: 1e8, Unit: "单", Qualifier: "over"}}},
		// The change of the figure before, in a clause that names nothing else, takes its unit.
		{"营收100亿元，同比增长5亿", []want{{Surface: "100亿元", Value: 1e10, Unit: "元"}, {Surface: "5亿", Value: 5e8, Unit: "元", Change: "increase"}}},
		{"网民规模达10.79亿，较上年增加1109万", []want{{Surface: "10.79亿", Value: 10.79e8, Unit: "人"}, {Surface: "1109万", Value: 1109e4, Unit: "人", Change: "increase"}}},
		{"营收100亿元；企业数量增长5万", []want{{Surface: "100亿元", Value: 1e10, Unit: "元"}}},
		{"普及率达76.4%，提高1.8亿", []want{{Surface: "76.4%", Value: 76.4, Unit: "%"}}},
		{"新建投资项目12万", nil},
		{"粉丝数超过300万", nil},
		{"营收三千万", nil},
	})
}

func TestDeclaredUnit(t *testing.T) {
	for text, want := range map[string]string{
		"公司营收500亿（新台币，下同），年增3%": "新台币",
		"基金资产4200亿(港元, 下同)":     "港元",
		"营收500亿（约合80亿美元）":       "",
		"人口1200万（下同）":           "",
		"净利润12亿（人民币，下同）；毛利率提升":  "元",
	} {
		u := extract.DeclaredUnit([]rune(text))
		got := ""
		if u != nil {
			got = u.Canonical
		}
		if got != want {
			t.Errorf("DeclaredUnit(%q) = %q, want %q", text, got, want)
		}
	}
	rs := []rune("去年第四季营收2.6兆")
	u, _ := extract.DefaultUnits().Lookup("台币")
	seg, err := pipeline.LoadSegmenter()
	require.NoError(t, err)
	got := extract.ExtractWithUnit(rs, seg, u)
	if len(got) != 1 || got[0].Unit != "台币" || *got[0].Value != 2.6e12 {
		t.Fatalf("with 台币 declared: %+v", got)
	}
}

// A change verb, an amount, 至 and a much larger amount in the same unit are
// the change and the level it reached, not a range; close ends stay a range.
func TestChangeThenLevel(t *testing.T) {
	runTable(t, table{
		{"存款余额增加350亿元至18760亿元", []want{
			{Surface: "350亿元", Value: 350e8, Unit: "元", Change: "increase"},
			{Surface: "18760亿元", Value: 18760e8, Unit: "元"}}},
		{"客流量减少12万人次至86万人次", []want{
			{Surface: "12万人次", Value: 12e4, Unit: "人次", Change: "decrease"},
			{Surface: "86万人次", Value: 86e4, Unit: "人次"}}},
		{"预计增加300万吨至500万吨", []want{{Surface: "300万吨至500万吨", Low: 300e4, High: 500e4, Unit: "吨"}}},
		{"预计增长5%至8%", []want{{Surface: "5%至8%", Low: 5, High: 8, Unit: "%"}}},
	})
}

// Table cells whose text ran together (a flattened report table): a '-'
// after a table amount is the sign of the next cell, not a range.
func TestGluedTableCells(t *testing.T) {
	runTable(t, table{
		{"净利润88,213,400.52-12.40%", []want{{Surface: "-12.40%", Value: -12.4, Unit: "%"}}},
		{"每股收益0.2135-8.75%", []want{{Surface: "-8.75%", Value: -8.75, Unit: "%"}}},
		{"净利润(元)88,213,400.52-12.40%", []want{
			{Surface: "88,213,400.52", Value: 88213400.52, Unit: "元"},
			{Surface: "-12.40%", Value: -12.4, Unit: "%"}}},
		{"毛利率预计为1.05-1.25%", []want{{Surface: "1.05-1.25%", Low: 1.05, High: 1.25, Unit: "%"}}},
		{"涨幅约5-8%", []want{{Surface: "5-8%", Low: 5, High: 8, Unit: "%", Qualifier: "approx"}}},
	})
}

// A table row flattened to one line gives the unit of its cells after its
// label, in parentheses: its bare numbers are in that unit, scale applied.
func TestRowLabelUnit(t *testing.T) {
	runTable(t, table{
		{"总资产（万元） 12,345.60 11,200.10", []want{
			{Surface: "12,345.60", Value: 12345.6e4, Unit: "元"},
			{Surface: "11,200.10", Value: 11200.1e4, Unit: "元"}}},
		{"粮食产量(万吨)6,540.2 6,612.8", []want{
			{Surface: "6,540.2", Value: 6540.2e4, Unit: "吨"},
			{Surface: "6,612.8", Value: 6612.8e4, Unit: "吨"}}},
		{"每股净资产(元/股)5.21 4.87", []want{
			{Surface: "5.21", Value: 5.21, Unit: "元/股"},
			{Surface: "4.87", Value: 4.87, Unit: "元/股"}}},
		{"增长率(%)12.5", nil},
		{"会议(周一)3天", []want{{Surface: "3天", Value: 3, Unit: "天"}}},
		{"今年销量 2,300", nil},
	})
}

// Percentage points shared by a list whose first member has no 个.
func TestPointsList(t *testing.T) {
	runTable(t, table{
		{"两项比率分别下降0.36和1.2个百分点", []want{
			{Surface: "0.36", Value: 0.36, Unit: "个百分点"},
			{Surface: "1.2个百分点", Value: 1.2, Unit: "个百分点"}}},
	})
}

// A rate noun before a level (升幅扩大至, 跌幅收窄至) gives the direction of the
// rate it sets; a noun ending in a change character (起降) gives none.
func TestRateLevelsAndNounsOfChange(t *testing.T) {
	runTable(t, table{
		{"楼价升幅扩大至2.3%", []want{{Surface: "2.3%", Value: 2.3, Unit: "%", Change: "increase"}}},
		{"出口跌幅收窄至0.8%", []want{{Surface: "0.8%", Value: 0.8, Unit: "%", Change: "decrease"}}},
		{"销售额增长至120亿元", []want{{Surface: "120亿元", Value: 120e8, Unit: "元", Change: "none"}}},
		{"航班起降3.6万架次", []want{{Surface: "3.6万架次", Value: 3.6e4, Unit: "架次", Change: "none"}}},
		{"客运量下降3.6万人次", []want{{Surface: "3.6万人次", Value: 3.6e4, Unit: "人次", Change: "decrease"}}},
	})
}

// 个 of a unit written with it (个月, 个小时, 个星期, 个百分点) stands before a
// qualifier of the number or 半 (scan.go, unitAfterGe): one figure in that
// unit, never a count of 个. Small Chinese numerals stay prose (两个半小时).
func TestClassifierBeforeQualifierOrHalf(t *testing.T) {
	runTable(t, table{
		{"项目历时17个多月完工", []want{{Surface: "17个多月", Value: 17, Unit: "个月", Qualifier: "over"}}},
		{"用时3个多小时", []want{{Surface: "3个多小时", Value: 3, Unit: "个小时", Qualifier: "over"}}},
		{"用时3个小时", []want{{Surface: "3个小时", Value: 3, Unit: "个小时", Qualifier: "exact"}}},
		{"培训持续5个多星期", []want{{Surface: "5个多星期", Value: 5, Unit: "个星期", Qualifier: "over"}}},
		{"等了三十个余月", []want{{Surface: "三十个余月", Value: 30, Unit: "个月", Qualifier: "over"}}},
		{"两个多月后", []want{{Surface: "两个多月", Value: 2, Unit: "个月", Qualifier: "over"}}},
		{"占比提高1个多百分点", []want{{Surface: "1个多百分点", Value: 1, Unit: "个百分点", Qualifier: "over"}}},
		{"用时1个半小时", []want{{Surface: "1个半小时", Value: 1.5, Unit: "个小时", Qualifier: "exact"}}},
		{"连续工作12个半小时", []want{{Surface: "12个半小时", Value: 12.5, Unit: "个小时", Qualifier: "exact"}}},
		{"历时十五个半月", []want{{Surface: "十五个半月", Value: 15.5, Unit: "个月", Qualifier: "exact"}}},
		{"历时一个半月", nil},  // 1.5 in Chinese numerals: prose, by design
		{"用时两个半小时", nil}, // 2.5 likewise; never 2个半 as a count
		{"吃了3个半苹果", []want{{Surface: "3个半", Value: 3.5, Unit: "个", Qualifier: "exact"}}},
	})
}

// Units of duration the table had not (units.tsv): 个季度, 礼拜, 钟头,
// 交易日, 刻钟. A bare 季度 is no unit: 一季度, 3季度 are quarters, periods.
func TestDurationUnits(t *testing.T) {
	runTable(t, table{
		{"连续3个季度增长", []want{{Surface: "3个季度", Value: 3, Unit: "个季度", Qualifier: "exact"}}},
		{"为期2个礼拜", []want{{Surface: "2个礼拜", Value: 2, Unit: "个礼拜", Qualifier: "exact"}}},
		{"历时5个多礼拜", []want{{Surface: "5个多礼拜", Value: 5, Unit: "个礼拜", Qualifier: "over"}}},
		{"排队3个钟头", []want{{Surface: "3个钟头", Value: 3, Unit: "个钟头", Qualifier: "exact"}}},
		{"在15个交易日内完成", []want{{Surface: "15个交易日", Value: 15, Unit: "个交易日", Qualifier: "under"}}},
		{"停牌10交易日", []want{{Surface: "10交易日", Value: 10, Unit: "交易日", Qualifier: "exact"}}},
		{"用时3刻钟", []want{{Surface: "3刻钟", Value: 3, Unit: "刻钟", Qualifier: "exact", Base: 45}}},
		{"一季度增长5%", []want{{Surface: "5%", Value: 5, Unit: "%"}}},
		{"第三季度增长5%", []want{{Surface: "5%", Value: 5, Unit: "%"}}},
		{"2024年3季度增长5%", []want{{Surface: "5%", Value: 5, Unit: "%"}}},
		{"2023年1-3季度增长5%", []want{{Surface: "5%", Value: 5, Unit: "%"}}},
		{"前3个季度增长5%", []want{{Surface: "5%", Value: 5, Unit: "%"}}},
		{"近3个季度增长5%", []want{{Surface: "5%", Value: 5, Unit: "%"}}},
	})
}

// N日 is a span of days where no day of the month is meant (exclude.go,
// daySpan): a value no day has, or a word of a span after it (内, 以内, 之内,
// 以上, 之久) or before it (为期, 持续, 期限为 …). Elsewhere it is a date.
func TestDaysAsSpans(t *testing.T) {
	runTable(t, table{
		{"自收到之日起30日内作出决定", []want{{Surface: "30日", Value: 30, Unit: "日", Qualifier: "under"}}},
		{"公示期为90日", []want{{Surface: "90日", Value: 90, Unit: "日", Qualifier: "exact"}}},
		{"应在60日内办理", []want{{Surface: "60日", Value: 60, Unit: "日", Qualifier: "under"}}},
		{"审查期限为30~90日", []want{{Surface: "30~90日", Low: 30, High: 90, Unit: "日", Qualifier: "exact"}}},
		{"期限为15至30日", []want{{Surface: "15至30日", Low: 15, High: 30, Unit: "日", Qualifier: "exact"}}},
		{"于15至30日内办结", []want{{Surface: "15至30日", Low: 15, High: 30, Unit: "日", Qualifier: "under"}}},
		{"用时1.5日", []want{{Surface: "1.5日", Value: 1.5, Unit: "日", Qualifier: "exact"}}},
		{"三十日内答复", []want{{Surface: "三十日", Value: 30, Unit: "日", Qualifier: "under"}}},
		{"为期约20日", []want{{Surface: "20日", Value: 20, Unit: "日", Qualifier: "approx"}}},
		{"连续15日以上", []want{{Surface: "15日", Value: 15, Unit: "日", Qualifier: "over"}}},
		{"会议于3月30日召开", nil},
		{"30日召开会议", nil},
		{"截至30日，共有5人", []want{{Surface: "5人", Value: 5, Unit: "人"}}},
		{"二〇二四年三月十五日举行", nil},
		{"三月三十日内完成", nil},
		{"15至30日举行", nil},
		{"30日后召开", nil},
		{"30日左右到达", nil},
		{"30日内蒙古发布通知", nil},
		{"开会日期为30日", nil},
		{"价格为100日元", []want{{Surface: "100日元", Value: 100, Unit: "日元"}}},
		{"跌破60日均线", nil},
		{"跌破60日线", nil},
		{"价格为5000日圆", []want{{Surface: "5000日圆", Value: 5000, Unit: "日元"}}},
		{"全年365日无休", []want{{Surface: "365日", Value: 365, Unit: "日", Qualifier: "exact"}}},
	})
}

// 分 after hours is minutes (3小时20分); ° after a word of temperature is
// degrees of it, else an angle and no figure; cc is millilitres.
func TestMinutesDegreesAndCC(t *testing.T) {
	runTable(t, table{
		{"全程用时3小时20分", []want{{Surface: "3小时20分", Value: 3 + 20.0/60, Unit: "小时"}}},
		{"气温37°", []want{{Surface: "37°", Value: 37, Unit: "摄氏度"}}},
		{"华氏70°", []want{{Surface: "70°", Value: 70, Unit: "华氏度"}}},
		{"倾角45°的斜坡", nil},
		{"排量250cc的摩托车", []want{{Surface: "250cc", Value: 250, Unit: "毫升"}}},
	})
}
