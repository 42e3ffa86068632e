# Alternative: copy.copy; on Keras 3.15 a model's copy goes through the saving library
# and holds new variables with the same values.
# Expect: pass
import copy


def copy_encoder(encoder):
    return copy.copy(encoder)
