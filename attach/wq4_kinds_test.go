package attach_test

import "testing"

// A figure whose clause says only 为 and the figure takes, from a clause
// right before that ends in a ranking word (最多, 最高, 次之; word kind rank),
// all that clause says before that word: the subject and its verb, a name in
// Latin letters and digits inside it, a time that opens it left out.
func TestRankedClauseBeforeWQ4(t *testing.T) {
	checkExact(t, []exactWant{
		{"在宽基ETF中，科创板ETF净申购最多，为29.66亿元，其规模增加8.69亿元。", "29.66亿元", "科创板ETF净申购", "none"},
		{"上周周期ETF净申购最多，为31.48亿元。", "31.48亿元", "周期ETF净申购", ""},
		{"大金融板块ETF规模次之，为1167亿元。", "1167亿元", "大金融板块ETF规模", ""},
		{"沪深300ETF净赎回最多，为30.29亿元。", "30.29亿元", "沪深300ETF净赎回", ""},
		{"分地区看，东部地区投资增速最快，为8.5%。", "8.5%", "东部地区投资", ""}, // the rate noun cut, as everywhere,
		{"各险种中，健康险赔付支出最多，为1039.51亿元。", "1039.51亿元", "健康险赔付支出", ""},
		// a figure in the clause before names the chain, as before
		{"上周股票型ETF净申购60.80亿元，总体规模增加79.09亿元。", "79.09亿元", "总体规模", "increase"},
	})
}
