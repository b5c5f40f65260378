module github.com/hlovm/hlovm

go 1.26
