# Alternative: a custom Layer holding the two branches, the merge and the head
# Expect: pass
class TwoBranchHead(keras.layers.Layer):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.numbers_branch = keras.layers.Dense(8, activation="relu")
        self.text_branch = keras.layers.Dense(8, activation="relu")
        self.head = keras.layers.Dense(1)

    def call(self, inputs):
        numbers, text = inputs
        merged = keras.ops.concatenate([self.numbers_branch(numbers), self.text_branch(text)], axis=-1)
        return self.head(merged)


def build_two_branch_model():
    numbers = keras.Input(shape=(4,))
    text = keras.Input(shape=(6,))
    return keras.Model([numbers, text], TwoBranchHead()([numbers, text]))
