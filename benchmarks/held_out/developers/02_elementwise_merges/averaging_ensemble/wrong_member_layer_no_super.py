# Misconception: a custom member layer needs no super().__init__()
# Expect: fail
class SmallNetwork(keras.layers.Layer):
    def __init__(self):
        self.hidden = keras.layers.Dense(5, activation="relu")
        self.out = keras.layers.Dense(4, activation="softmax")

    def call(self, x):
        return self.out(self.hidden(x))


def build_ensemble():
    inputs = keras.Input(shape=(6,))
    network = SmallNetwork()(inputs)
    linear = keras.layers.Dense(4, activation="softmax")(inputs)
    return keras.Model(inputs, keras.layers.Average()([network, linear]))
