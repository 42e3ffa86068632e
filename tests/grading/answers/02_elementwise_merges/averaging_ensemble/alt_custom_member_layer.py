# Alternative: member 1 a custom Layer holding its two Dense sublayers; the average written
# with keras.ops.
# Expect: pass
class SmallNetwork(keras.layers.Layer):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.hidden = keras.layers.Dense(5, activation="relu")
        self.probs = keras.layers.Dense(4, activation="softmax")

    def call(self, x):
        return self.probs(self.hidden(x))


def build_ensemble():
    inputs = keras.Input(shape=(6,))
    network = SmallNetwork()(inputs)
    linear = keras.layers.Dense(4, activation="softmax")(inputs)
    return keras.Model(inputs, keras.ops.divide(keras.ops.add(network, linear), 2.0))
