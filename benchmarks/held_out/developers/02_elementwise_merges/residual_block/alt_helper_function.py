# Alternative: a helper function that builds the residual block, activations passed as keras.activations.relu
# Expect: pass
def residual_block(x, units, hidden_units):
    branch = keras.layers.Dense(hidden_units, activation=keras.activations.relu)(x)
    branch = keras.layers.Dense(units)(branch)
    shortcut = keras.layers.Dense(units)(x)
    return keras.layers.Activation(keras.activations.relu)(keras.layers.Add()([branch, shortcut]))


def build_residual_model():
    inputs = keras.Input((4, 4, 8))
    x = keras.layers.Reshape((-1,))(inputs)
    x = residual_block(x, 16, 32)
    return keras.Model(inputs, keras.layers.Dense(3)(x))
