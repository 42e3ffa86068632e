# Misconception: freezing the copy is what keeps it apart from the encoder (a copy of its
# own needs no freezing; an exact copy keeps the encoder's trainable setting)
# (explained from the copy's trainable flags by check_trained_apart, no table entry).
# Expect: fail "the copy is frozen \(trainable = False\)"
def copy_encoder(encoder):
    duplicate = keras.models.clone_model(encoder)
    duplicate.set_weights(encoder.get_weights())
    duplicate.trainable = False
    return duplicate
