#include "cli/careerlint_main.h"

int main(int argc, char** argv) { return careerlint::careerlintMain(argc, argv); }
