package attach_test

import "testing"

// A tenor before a noun of an instrument of the money market is part of the
// metric, as before a Latin name, not a period cut off it.
func TestTenorBeforeInstrumentZ(t *testing.T) {
	check(t, []example{
		{"上交所1天国债逆回购利率报2.1%。", []want{{surface: "2.1%", metric: "1天国债逆回购利率"}}},
		{"7天回购利率报1.9%。", []want{{surface: "1.9%", metric: "7天回购利率"}}},
		{"3个月同业拆借利率为2.5%。", []want{{surface: "2.5%", metric: "3个月同业拆借利率"}}},
		{"7天Shibor为1.8%。", []want{{surface: "1.8%", metric: "7天Shibor"}}},
	})
}
