# Alternative: Sequential.from_config(get_config()), then set_weights.
# Expect: pass
def copy_encoder(encoder):
    duplicate = keras.Sequential.from_config(encoder.get_config())
    duplicate.set_weights(encoder.get_weights())
    return duplicate
