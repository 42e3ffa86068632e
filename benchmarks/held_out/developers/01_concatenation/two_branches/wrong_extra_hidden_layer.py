# Misconception: a hidden Dense(16) belongs between the merge and the head
# Expect: fail
def build_two_branch_model():
    n = keras.Input((4,)); t = keras.Input((6,))
    a = keras.layers.Dense(8, activation="relu")(n)
    b = keras.layers.Dense(8, activation="relu")(t)
    m = keras.layers.Dense(16, activation="relu")(keras.layers.Concatenate()([a, b]))
    return keras.Model([n, t], keras.layers.Dense(1)(m))
