module lotse

go 1.25.0

require github.com/teambition/rrule-go v1.8.2

require github.com/google/go-cmp v0.7.0 // indirect
