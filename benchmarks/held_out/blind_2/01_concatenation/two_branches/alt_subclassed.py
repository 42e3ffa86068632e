# Alternative: a subclassed Model built on symbolic inputs through a functional wrapper
# Expect: pass
import keras


class TwoBranch(keras.Model):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.numbers_branch = keras.layers.Dense(8, activation="relu")
        self.text_branch = keras.layers.Dense(8, activation="relu")
        self.concat = keras.layers.Concatenate(axis=-1)
        self.head = keras.layers.Dense(1)

    def call(self, inputs):
        numbers, text = inputs
        return self.head(self.concat([self.numbers_branch(numbers), self.text_branch(text)]))


def build_two_branch_model():
    numbers = keras.Input(shape=(4,))
    text = keras.Input(shape=(6,))
    core = TwoBranch()
    return keras.Model([numbers, text], core([numbers, text]))
