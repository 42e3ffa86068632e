# Misconception: a subclassed Model need not call super().__init__()
# Expect: fail
class TwoBranch(keras.Model):
    def __init__(self):
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
    return keras.Model([numbers, text], TwoBranch()([numbers, text]))
