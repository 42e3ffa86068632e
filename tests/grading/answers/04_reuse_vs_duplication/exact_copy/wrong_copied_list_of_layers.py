# Misconception: copy.copy of the encoder's layers gives new layers (it copies the list:
# the same layer objects, so the same variables, in a new model)
# (explained from the names the code uses by check_exact_copy, no table entry).
# Expect: fail "copy\.copy copied the list of layers of the encoder, not the layers in it"
import copy


def copy_encoder(encoder):
    return keras.Sequential([keras.Input((8,)), *copy.copy(encoder.layers)])
