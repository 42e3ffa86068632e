# Alternative: the gating unit as a custom Layer
# Expect: pass
import keras


class GatedUnit(keras.layers.Layer):
    def __init__(self, units, **kwargs):
        super().__init__(**kwargs)
        self.features = keras.layers.Dense(units, activation="tanh")
        self.gate = keras.layers.Dense(units, activation="sigmoid")

    def call(self, signal, context):
        both = keras.ops.concatenate([signal, context], axis=-1)
        return self.features(signal) * self.gate(both)


def build_gated_model():
    signal = keras.Input(shape=(20,))
    context = keras.Input(shape=(4,))
    gated = GatedUnit(6)(signal, context)
    return keras.Model([signal, context], keras.layers.Dense(2)(gated))
