# Alternative: both branches inside a custom Layer holding the Dense sublayers.
# Expect: pass
class Branches(keras.layers.Layer):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.numbers_dense = keras.layers.Dense(8, activation="relu")
        self.text_dense = keras.layers.Dense(8, activation="relu")

    def call(self, inputs):
        numbers, text = inputs
        return keras.ops.concatenate([self.numbers_dense(numbers), self.text_dense(text)], axis=-1)


def build_two_branch_model():
    numbers = keras.Input(shape=(4,))
    text = keras.Input(shape=(6,))
    return keras.Model([numbers, text], keras.layers.Dense(1)(Branches()([numbers, text])))
