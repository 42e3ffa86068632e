# Misconception: fine-tuning uses the learning rate that trained the new head (it moves
# the pretrained layers far from what they learned).
# Expect: fail "learning rate made for a new head"
def prepare_fine_tuning(model, extractor):
    extractor.get_layer("hidden").trainable = False
    extractor.get_layer("norm").trainable = False
    model.compile(optimizer=keras.optimizers.SGD(0.1), loss="categorical_crossentropy")
    return model
