# Alternative: each member a custom Layer holding its two Dense sublayers.
# Expect: pass
class Member(keras.layers.Layer):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.hidden = keras.layers.Dense(8, activation="relu")
        self.probs = keras.layers.Dense(3, activation="softmax")

    def call(self, x):
        return self.probs(self.hidden(x))


def build_ensemble():
    inputs = keras.Input(shape=(10,))
    members = [Member()(inputs), Member()(inputs)]
    return keras.Model(inputs, (members[0] + members[1]) / 2)
