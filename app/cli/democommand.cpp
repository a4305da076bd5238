#include "democommand.h"

int kizunaDemoPlaceholder();
