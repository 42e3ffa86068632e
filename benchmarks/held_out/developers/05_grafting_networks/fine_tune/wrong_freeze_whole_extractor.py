# Misconception: freezing the whole extractor then training the head is fine-tuning
# Expect: fail
def prepare_fine_tuning(model, extractor):
    extractor.trainable = False
    model.compile(optimizer=keras.optimizers.SGD(1e-4), loss="categorical_crossentropy")
    return model
