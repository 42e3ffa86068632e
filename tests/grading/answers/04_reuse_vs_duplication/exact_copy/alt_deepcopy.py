# Alternative: copy.deepcopy. A Keras 3 model pickles through the saving library, so the
# copy has the same architecture and values in new variables.
# Expect: pass
import copy


def copy_encoder(encoder):
    return copy.deepcopy(encoder)
