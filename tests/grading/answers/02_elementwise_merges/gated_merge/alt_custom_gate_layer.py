# Alternative: the gate as a custom Layer holding both Dense sublayers; it joins its inputs
# with keras.ops.concatenate.
# Expect: pass
class Gate(keras.layers.Layer):
    def __init__(self, units, **kwargs):
        super().__init__(**kwargs)
        self.features = keras.layers.Dense(units, activation="tanh")
        self.gate = keras.layers.Dense(units, activation="sigmoid")

    def call(self, inputs):
        signal, context = inputs
        both = keras.ops.concatenate([signal, context], axis=-1)
        return self.features(signal) * self.gate(both)


def build_gated_model():
    signal = keras.Input(shape=(20,))
    context = keras.Input(shape=(4,))
    return keras.Model([signal, context], keras.layers.Dense(2)(Gate(6)([signal, context])))
