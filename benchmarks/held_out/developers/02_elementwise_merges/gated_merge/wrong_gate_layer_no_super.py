# Misconception: a custom gate layer needs no super().__init__()
# Expect: fail
class Gate(keras.layers.Layer):
    def __init__(self, units):
        self.dense = keras.layers.Dense(units, activation="sigmoid")

    def call(self, inputs):
        features, signal, context = inputs
        return features * self.dense(keras.ops.concatenate([signal, context], axis=-1))


def build_gated_model():
    signal = keras.Input(shape=(20,))
    context = keras.Input(shape=(4,))
    features = keras.layers.Dense(6, activation="tanh")(signal)
    gated = Gate(6)([features, signal, context])
    return keras.Model([signal, context], keras.layers.Dense(2)(gated))
