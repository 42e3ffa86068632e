# Alternative: a new Sequential of deep copies of the encoder's layers (each copy holds the
# values in new variables).
# Expect: pass
import copy


def copy_encoder(encoder):
    return keras.Sequential(
        [keras.Input((8,))] + [copy.deepcopy(layer) for layer in encoder.layers], name="frozen"
    )
