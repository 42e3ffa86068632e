# Misconception: a model's values can be given by assigning its weights attribute
# (Keras 3: a read-only property)
# (explained from Keras's error by a copy-context rule of keras_errors that
# reuse_vs_duplication adds, no table entry).
# Expect: fail "a model's weights is a read-only property in Keras 3"
def copy_encoder(encoder):
    duplicate = keras.models.clone_model(encoder)
    duplicate.weights = encoder.get_weights()
    return duplicate
