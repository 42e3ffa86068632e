# Misconception: the relu goes on the head, not the branches
# Expect: fail
def build_two_branch_model():
    n = keras.Input((4,)); t = keras.Input((6,))
    a = keras.layers.Dense(8)(n)
    b = keras.layers.Dense(8)(t)
    return keras.Model([n, t], keras.layers.Dense(1, activation="relu")(keras.layers.Concatenate()([a, b])))
