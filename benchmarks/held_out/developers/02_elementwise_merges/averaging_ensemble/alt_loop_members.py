# Alternative: members built in a loop from a list of layer widths, Softmax layers separate
# Expect: pass
def build_ensemble():
    inputs = keras.Input(shape=(6,))
    members = []
    for hidden_widths in ([5], []):
        x = inputs
        for width in hidden_widths:
            x = keras.layers.Dense(width, activation="relu")(x)
        members.append(keras.layers.Softmax()(keras.layers.Dense(4)(x)))
    return keras.Model(inputs, keras.layers.Average()(members))
