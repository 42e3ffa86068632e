# Alternative: merges with keras.ops.concatenate on the symbolic tensors and a dict-free functional model
# Expect: pass
import keras


def build_two_branch_model():
    numbers = keras.Input(shape=(4,), name="numbers")
    text = keras.Input(shape=(6,), name="text")
    a = keras.layers.Dense(8, activation="relu", name="numbers_branch")(numbers)
    b = keras.layers.Dense(8, activation="relu", name="text_branch")(text)
    merged = keras.ops.concatenate([a, b], axis=1)
    return keras.Model(inputs=[numbers, text], outputs=keras.layers.Dense(1, name="head")(merged))
