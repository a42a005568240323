#include "textflag.h"

// func sepMasks(c []byte, delim byte, out []uint64)
// out[k] = the separator bits of c[64k:64k+64] for each whole block of c.
TEXT ·sepMasks(SB), NOSPLIT, $0-56
	MOVQ c_base+0(FP), SI
	MOVQ c_len+8(FP), CX
	MOVBQZX delim+24(FP), AX
	MOVQ out_base+32(FP), DI
	MOVQ $0x0101010101010101, DX
	IMULQ DX, AX
	MOVQ AX, X0
	PUNPCKLQDQ X0, X0 // the delimiter in all 16 bytes
	MOVQ $0x0a0a0a0a0a0a0a0a, AX
	MOVQ AX, X1
	PUNPCKLQDQ X1, X1 // '\n' in all 16 bytes
	SHRQ $6, CX
	JZ done
loop:
	MOVOU 0(SI), X2
	MOVOU X2, X3
	PCMPEQB X0, X2
	PCMPEQB X1, X3
	POR X3, X2
	PMOVMSKB X2, R8
	MOVOU 16(SI), X4
	MOVOU X4, X5
	PCMPEQB X0, X4
	PCMPEQB X1, X5
	POR X5, X4
	PMOVMSKB X4, R9
	MOVOU 32(SI), X6
	MOVOU X6, X7
	PCMPEQB X0, X6
	PCMPEQB X1, X7
	POR X7, X6
	PMOVMSKB X6, R10
	MOVOU 48(SI), X8
	MOVOU X8, X9
	PCMPEQB X0, X8
	PCMPEQB X1, X9
	POR X9, X8
	PMOVMSKB X8, R11
	SHLQ $16, R9
	ORQ R9, R8
	SHLQ $32, R10
	ORQ R10, R8
	SHLQ $48, R11
	ORQ R11, R8
	MOVQ R8, (DI)
	ADDQ $64, SI
	ADDQ $8, DI
	DECQ CX
	JNZ loop
done:
	RET
