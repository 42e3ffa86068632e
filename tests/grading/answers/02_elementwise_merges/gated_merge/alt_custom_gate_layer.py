# Alternative: the gate as a custom Layer holding both Dense sublayers.
# Expect: pass
class Gate(keras.layers.Layer):
    def __init__(self, units, **kwargs):
        super().__init__(**kwargs)
        self.features = keras.layers.Dense(units, activation="tanh")
        self.gate = keras.layers.Dense(units, activation="sigmoid")

    def call(self, inputs):
        signal, context = inputs
        return self.features(signal) * self.gate(context)


def build_gated_model():
    signal = keras.Input(shape=(12,))
    context = keras.Input(shape=(5,))
    return keras.Model([signal, context], keras.layers.Dense(1)(Gate(8)([signal, context])))
