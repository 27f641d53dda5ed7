#include "chtml.h"
