# Alternative: a custom Layer holding the gate's and the features' Dense layers
# Expect: pass
class GatedFeatures(keras.layers.Layer):
    def __init__(self, units, **kwargs):
        super().__init__(**kwargs)
        self.features = keras.layers.Dense(units, activation="tanh")
        self.gate = keras.layers.Dense(units, activation="sigmoid")

    def call(self, inputs):
        signal, context = inputs
        return keras.ops.multiply(self.features(signal), self.gate(keras.ops.concatenate([signal, context], axis=-1)))


def build_gated_model():
    signal, context = keras.Input((20,)), keras.Input((4,))
    gated = GatedFeatures(6)([signal, context])
    return keras.Model([signal, context], keras.layers.Dense(2)(gated))
