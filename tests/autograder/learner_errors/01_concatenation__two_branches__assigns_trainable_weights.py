# Mistake: a custom head assigns trainable_weights, a read-only property.
# Cause: "Head\.trainable_weights is a read-only property"
# ruff: noqa: F821 -- a notebook cell: keras and np come from the notebook
class Head(keras.layers.Layer):
    def build(self, input_shape):
        self.trainable_weights = [self.add_weight(shape=(input_shape[-1], 1))]

    def call(self, x):
        return keras.ops.matmul(x, self.trainable_weights[0])


def build_two_branch_model():
    numbers = keras.Input(shape=(4,), name="numbers")
    text = keras.Input(shape=(6,), name="text")
    a = keras.layers.Dense(8, activation="relu")(numbers)
    b = keras.layers.Dense(8, activation="relu")(text)
    return keras.Model([numbers, text], Head()(keras.layers.Concatenate()([a, b])))
