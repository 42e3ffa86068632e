# Alternative: subclassed Model computing the gate with keras.ops
# Expect: pass
class Gated(keras.Model):
    def __init__(self):
        super().__init__()
        self.features = keras.layers.Dense(6, activation="tanh")
        self.gate = keras.layers.Dense(6, activation="sigmoid")
        self.head = keras.layers.Dense(2)

    def call(self, inputs):
        signal, context = inputs
        g = self.gate(keras.ops.concatenate([signal, context], axis=-1))
        return self.head(keras.ops.multiply(self.features(signal), g))


def build_gated_model():
    m = Gated()
    m([keras.Input(shape=(20,)), keras.Input(shape=(4,))])
    return m
