# Misconception: one Dense(8) instance can serve both branches
# Expect: fail
def build_two_branch_model():
    numbers = keras.Input(shape=(4,))
    text = keras.Input(shape=(6,))
    branch = keras.layers.Dense(8, activation="relu")
    merged = keras.layers.Concatenate()([branch(numbers), branch(text)])
    return keras.Model([numbers, text], keras.layers.Dense(1)(merged))
