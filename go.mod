module github.com/hlovm/hlovm

go 1.26

require gonum.org/v1/gonum v0.17.0

require google.golang.org/protobuf v1.36.12
