# Misconception: a hand-written head takes its number of outputs from what it receives (explained from the layer's variables and its build() by build_sizes.wrong_size, no table entry).
# Expect: fail "Head\.build\(\) makes self\.kernel with shape=\(input_shape\[-1\], input_shape\[-1\]\)"
class Head(keras.layers.Layer):
    def __init__(self, units, **kwargs):
        super().__init__(**kwargs)
        self.units = units

    def build(self, input_shape):
        self.kernel = self.add_weight(shape=(input_shape[-1], input_shape[-1]))
        self.bias = self.add_weight(shape=(input_shape[-1],), initializer="zeros")

    def call(self, x):
        return keras.ops.matmul(x, self.kernel) + self.bias


def build_two_branch_model():
    numbers = keras.Input(shape=(4,))
    text = keras.Input(shape=(6,))
    a = keras.layers.Dense(8, activation="relu")(numbers)
    b = keras.layers.Dense(8, activation="relu")(text)
    merged = keras.layers.Concatenate()([a, b])
    return keras.Model([numbers, text], Head(1)(merged))
