# Mistake: build() unpacks a list of shapes as (batch, width).
# Cause: "`batch, width = input_shape` reads input_shape as one shape"
# ruff: noqa: F821, F841, RUF059 -- a notebook cell: keras and np come from the notebook
class ConcatDense(keras.layers.Layer):
    def build(self, input_shape):
        batch, width = input_shape
        self.kernel = self.add_weight(shape=(width, 1))

    def call(self, inputs):
        return keras.ops.matmul(keras.ops.concatenate(inputs, axis=-1), self.kernel)


def build_two_branch_model():
    numbers = keras.Input(shape=(4,), name="numbers")
    text = keras.Input(shape=(6,), name="text")
    c = keras.Input(shape=(6,))
    a = keras.layers.Dense(8, activation="relu")(numbers)
    b = keras.layers.Dense(8, activation="relu")(text)
    return keras.Model([numbers, text], ConcatDense()([a, b, b]))
