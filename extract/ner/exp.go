package ner

import (
	"os"
	"strings"
)

// expFlags are temporary experiment switches (KG_NER_EXP, comma-separated).
var expFlags = os.Getenv("KG_NER_EXP")

func exp(name string) bool {
	for _, f := range strings.Split(expFlags, ",") {
		if f == name {
			return true
		}
	}
	return false
}
