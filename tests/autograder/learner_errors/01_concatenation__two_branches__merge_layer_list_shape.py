# Mistake: a merge layer's build() reads input_shape[-1] of a list of shapes.
# Cause: "reads input_shape as one shape[\s\S]*whole shape \(None, 8\)"
# ruff: noqa: F821 -- a notebook cell: keras and np come from the notebook
class ConcatDense(keras.layers.Layer):
    def build(self, input_shape):
        self.kernel = self.add_weight(shape=(input_shape[-1], 1))

    def call(self, inputs):
        return keras.ops.matmul(keras.ops.concatenate(inputs, axis=-1), self.kernel)


def build_two_branch_model():
    numbers = keras.Input(shape=(4,), name="numbers")
    text = keras.Input(shape=(6,), name="text")
    a = keras.layers.Dense(8, activation="relu")(numbers)
    b = keras.layers.Dense(8, activation="relu")(text)
    return keras.Model([numbers, text], ConcatDense()([a, b]))
