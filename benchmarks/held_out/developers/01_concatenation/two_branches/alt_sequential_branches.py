# Alternative: each branch a small Sequential model, joined with Concatenate(axis=1)
# Expect: pass
def build_two_branch_model():
    numbers = keras.Input(shape=(4,))
    text = keras.Input(shape=(6,))
    numbers_net = keras.Sequential([keras.layers.Dense(8, activation="relu")], name="numbers_net")
    text_net = keras.Sequential([keras.layers.Dense(8, activation="relu")], name="text_net")
    merged = keras.layers.Concatenate(axis=1)([numbers_net(numbers), text_net(text)])
    head = keras.Sequential([keras.layers.Dense(1)], name="head")
    return keras.Model([numbers, text], head(merged))
