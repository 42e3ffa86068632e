# Misconception: leaky_relu is the same as relu
# Expect: fail
def build_two_branch_model():
    n = keras.Input((4,)); t = keras.Input((6,))
    a = keras.layers.Dense(8, activation="leaky_relu")(n)
    b = keras.layers.Dense(8, activation="leaky_relu")(t)
    return keras.Model([n, t], keras.layers.Dense(1)(keras.layers.Concatenate()([a, b])))
