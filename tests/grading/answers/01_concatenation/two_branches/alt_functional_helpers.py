# Alternative: the lower-case functional helper, separate Activation layers, other names.
# Expect: pass
def build_two_branch_model():
    inputs = [keras.Input((4,)), keras.Input((6,))]
    branches = []
    for tensor in inputs:
        projected = keras.layers.Dense(units=8)(tensor)
        branches.append(keras.layers.Activation("relu")(projected))
    joined = keras.layers.concatenate(branches, axis=-1)
    return keras.Model(inputs=inputs, outputs=keras.layers.Dense(1, activation=None)(joined))
