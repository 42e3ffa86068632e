# Misconception: copying the first layer's values is enough (a copy whose values differ).
# Expect: fail "2 of its 4 variables hold other values"
def copy_encoder(encoder):
    duplicate = keras.models.clone_model(encoder)
    duplicate.layers[0].set_weights(encoder.layers[0].get_weights())
    return duplicate
