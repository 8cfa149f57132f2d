/*
 * The .ppl model language (see docs/language.md).
 *
 * Layout is Python's: a statement ends at the end of a line, a block is an indented run of
 * statements, and brackets continue a line. The raw lexer below produces NEWLINE tokens that
 * carry the next line's leading whitespace; PplIndentingLexer turns them into the logical
 * NEWLINE / INDENT / DEDENT tokens the parser sees (and drops them inside brackets).
 *
 * Expressions follow Python's precedence, lowest first: or, and, not, comparisons, + -,
 * * / // % @, unary + -, ** (right-associative, binding tighter than a unary minus on its left:
 * -x**2 is -(x**2)), then calls, subscripts and attributes.
 */
grammar Ppl;

tokens { INDENT, DEDENT, BAD_INDENT }

// ---------------------------------------------------------------- statements

program
    : (NEWLINE | statement)* EOF
    ;

statement
    : simpleStatement NEWLINE
    | compoundStatement
    ;

simpleStatement
    : DATA NAME ':' typeExpr (dataBounds ('=' literal)? | '=' literal dataBounds?)?   # dataStatement
    | SAVE NAME '=' expression                                         # saveStatement
    | TARGET '+=' expression                                           # targetStatement
    | RETURN expression                                                # returnStatement
    | expression (',' expression)* statementTail                       # expressionStatement
    ;

// Assignment, augmented assignment or '~'. The left side is parsed as expressions (so every
// decision here needs one token of lookahead) and checked to be names where it must be.
statementTail
    : '=' expression
    | augmentedOp expression
    | '~' expression
    ;

augmentedOp
    : '+=' | '-=' | '*=' | '/='
    ;

compoundStatement
    : FOR NAME IN expression ':' block                                       # forStatement
    | IF expression ':' block elifClause* elseClause?                         # ifStatement
    | DEF NAME '(' (NAME (',' NAME?)*)? ')' ':' block                        # defStatement
    ;

elifClause
    : ELIF expression ':' block
    ;

elseClause
    : ELSE ':' block
    ;

block
    : NEWLINE INDENT statement+ DEDENT
    | simpleStatement NEWLINE
    ;

// A type: int, real, vector[n], matrix[n, m], int[n], real[n, m], array[k] vector[n]. The names
// are checked by the compiler (so that a misspelt type gets a "did you mean").
typeExpr
    : NAME ('[' expression (',' expression)* ']')? typeExpr?
    ;

dataBounds
    : '(' argument (',' argument?)* ')'
    ;

// A data default is a literal, so that bounds may follow it without looking like a call.
literal
    : sign=('-' | '+')? NUMBER
    | TRUE
    | FALSE
    | '[' (literal (',' literal?)*)? ']'
    ;

// ---------------------------------------------------------------- expressions

expression
    : andExpr (OR andExpr)*
    ;

andExpr
    : notExpr (AND notExpr)*
    ;

notExpr
    : NOT notExpr
    | comparison
    ;

comparison
    : arith (compareOp arith)*
    ;

compareOp
    : '<' | '<=' | '>' | '>=' | '==' | '!='
    ;

arith
    : term (addOp term)*
    ;

addOp
    : '+' | '-'
    ;

term
    : factor (mulOp factor)*
    ;

mulOp
    : '*' | '/' | '//' | '%' | '@'
    ;

factor
    : sign=('+' | '-') factor
    | power
    ;

power
    : primary ('**' factor)?
    ;

primary
    : atom trailer*
    ;

trailer
    : '(' (argument (',' argument?)*)? ')'                 # callTrailer
    | '[' subscript (',' subscript?)* ']'                   # indexTrailer
    | '.' NAME                                             # attributeTrailer
    ;

// name=value is parsed as expression '=' expression (one token of lookahead); the builder
// checks that the left side is a name.
argument
    : expression ('=' expression)?
    ;

subscript
    : expression
    | '...'
    | lower=expression? ':' upper=expression? (':' step=expression?)?
    ;

atom
    : NAME                                                 # nameAtom
    | NUMBER                                               # numberAtom
    | STRING                                               # stringAtom
    | (TRUE | FALSE)                                       # boolAtom
    | NONE                                                 # noneAtom
    | '(' (expression (',' expression?)*)? ')'             # parenAtom
    | '[' (expression (',' expression?)*)? ']'             # listAtom
    ;

// ---------------------------------------------------------------- lexer

DATA   : 'data';
SAVE   : 'save';
TARGET : 'target';
RETURN : 'return';
FOR    : 'for';
IN     : 'in';
IF     : 'if';
ELIF   : 'elif';
ELSE   : 'else';
DEF    : 'def';
AND    : 'and';
OR     : 'or';
NOT    : 'not';
TRUE   : 'True';
FALSE  : 'False';
NONE   : 'None';

LPAREN   : '(';
RPAREN   : ')';
LBRACKET : '[';
RBRACKET : ']';
COMMA    : ',';
COLON    : ':';
ELLIPSIS : '...';
DOT      : '.';
TILDE    : '~';
ASSIGN   : '=';
PLUS_ASSIGN  : '+=';
MINUS_ASSIGN : '-=';
STAR_ASSIGN  : '*=';
SLASH_ASSIGN : '/=';
PLUS     : '+';
MINUS    : '-';
STAR     : '*';
SLASH    : '/';
DSLASH   : '//';
PERCENT  : '%';
AT       : '@';
POWER    : '**';
LT : '<';
LE : '<=';
GT : '>';
GE : '>=';
EQ : '==';
NE : '!=';

NAME
    : [a-zA-Z_] [a-zA-Z_0-9]*
    ;

NUMBER
    : DIGITS ('.' DIGITS?)? EXPONENT?
    | '.' DIGITS EXPONENT?
    ;

STRING
    : '"' (~["\\\r\n] | '\\' ~[\r\n])* '"'
    | '\'' (~['\\\r\n] | '\\' ~[\r\n])* '\''
    ;

// A string that reaches the end of its line; the compiler reports it as unterminated.
UNTERMINATED_STRING
    : '"' (~["\\\r\n] | '\\' ~[\r\n])*
    | '\'' (~['\\\r\n] | '\\' ~[\r\n])*
    ;

// The line break and the next line's indentation, which PplIndentingLexer measures.
NEWLINE
    : ('\r'? '\n' | '\r') [ \t\f]*
    ;

COMMENT
    : '#' ~[\r\n]* -> skip
    ;

WHITESPACE
    : [ \t\f]+ -> skip
    ;

// A backslash before the line break continues a line, as in Python.
LINE_CONTINUATION
    : '\\' [ \t\f]* ('\r'? '\n' | '\r') -> skip
    ;

// Anything else is one bad character, so the lexer never fails and the parser reports it.
BAD_CHARACTER
    : .
    ;

fragment DIGITS   : [0-9]+;
fragment EXPONENT : [eE] [+-]? DIGITS;
