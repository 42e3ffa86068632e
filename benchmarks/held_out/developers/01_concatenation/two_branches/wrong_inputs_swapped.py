# Misconception: the model's inputs can be listed in any order
# Expect: fail
def build_two_branch_model():
    n = keras.Input((4,)); t = keras.Input((6,))
    a = keras.layers.Dense(8, activation="relu")(n)
    b = keras.layers.Dense(8, activation="relu")(t)
    return keras.Model([t, n], keras.layers.Dense(1)(keras.layers.Concatenate()([a, b])))
