# Misconception: a custom merge layer can concatenate with Python + on tensors
# Expect: fail
class Merge(keras.layers.Layer):
    def call(self, inputs):
        a, b = inputs
        return a + b


def build_two_branch_model():
    numbers = keras.Input(shape=(4,))
    text = keras.Input(shape=(6,))
    a = keras.layers.Dense(8, activation="relu")(numbers)
    b = keras.layers.Dense(8, activation="relu")(text)
    return keras.Model([numbers, text], keras.layers.Dense(1)(Merge()([a, b])))
