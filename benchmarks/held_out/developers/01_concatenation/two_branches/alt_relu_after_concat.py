# Alternative: relu applied after the concatenation (the same function)
# Expect: pass
def build_two_branch_model():
    n = keras.Input((4,)); t = keras.Input((6,))
    a = keras.layers.Dense(8, activation="relu")(n)
    b = keras.layers.Dense(8)(t)
    m = keras.layers.Activation("relu")(keras.layers.Concatenate()([a, b]))
    return keras.Model([n, t], keras.layers.Dense(1)(m))
