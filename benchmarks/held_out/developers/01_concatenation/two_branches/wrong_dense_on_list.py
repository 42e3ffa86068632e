# Misconception: a Dense layer can take both inputs as a list
# Expect: fail
def build_two_branch_model():
    n = keras.Input((4,)); t = keras.Input((6,))
    a = keras.layers.Dense(8, activation="relu")([n, t])
    return keras.Model([n, t], keras.layers.Dense(1)(a))
