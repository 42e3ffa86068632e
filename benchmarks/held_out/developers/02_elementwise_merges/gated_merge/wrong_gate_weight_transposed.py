# Misconception: a hand-made gate kernel of shape (units, inputs), as in W x
# Expect: fail
class Gate(keras.layers.Layer):
    def __init__(self, units, **kwargs):
        super().__init__(**kwargs)
        self.units = units

    def build(self, input_shape):
        width = input_shape[1][-1]
        self.w = self.add_weight(shape=(self.units, width))
        self.b = self.add_weight(shape=(self.units,), initializer="zeros")

    def call(self, inputs):
        features, both = inputs
        return features * keras.ops.sigmoid(keras.ops.matmul(both, self.w) + self.b)


def build_gated_model():
    signal = keras.Input(shape=(20,))
    context = keras.Input(shape=(4,))
    features = keras.layers.Dense(6, activation="tanh")(signal)
    both = keras.layers.Concatenate()([signal, context])
    gated = Gate(6)([features, both])
    return keras.Model([signal, context], keras.layers.Dense(2)(gated))
