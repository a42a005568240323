module lotse

go 1.25.0
